// Deliberately breaks Trusted Types: a string assigned to innerHTML must be blocked and reported.
try {
  document.body.insertAdjacentElement('beforeend', document.createElement('div')).innerHTML = '<b>x</b>';
} catch {
  // blocked, as it should be
}
