// The backup system's place in the top bar: its status, and the work that runs in the
// background while the app is open (mounted here because the top bar lives as long as the app).
import { BackgroundSafety } from './BackgroundSafety';
import { BackupStatus } from './BackupStatus';
import { InterruptedNotice } from './InterruptedNotice';

export function BackupHeader() {
  return (
    <>
      <BackupStatus />
      <BackgroundSafety />
      <InterruptedNotice />
    </>
  );
}
