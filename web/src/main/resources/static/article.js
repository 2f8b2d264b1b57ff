// The article page's controls, here rather than inline so that the Content-Security-Policy can
// forbid inline script.
(function () {
  const back = document.querySelector('a[data-back]');
  if (back && document.referrer && new URL(document.referrer).origin === location.origin) {
    back.addEventListener('click', (event) => {
      event.preventDefault();
      history.back();
    });
  }
  const roles = document.getElementById('show-roles');
  if (roles) {
    roles.addEventListener('change', () => {
      document.querySelector('.abstract').classList.toggle('roles-off', !roles.checked);
    });
  }
})();
