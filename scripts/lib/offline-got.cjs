// Stand-in for `got` inside Electronegativity: the security scan never touches the network.
function offline() {
  return Promise.reject(new Error('offline: the security scan makes no network requests'));
}
module.exports = offline;
module.exports.default = offline;
module.exports.get = offline;
