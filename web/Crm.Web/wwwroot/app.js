// Keyboard use of lists marked data-keyboard-list: the arrow keys, Home and End move between their items
// (data-keyboard-item); Enter follows the focused link as usual.
document.addEventListener("keydown", (event) => {
  const list = event.target instanceof Element ? event.target.closest("[data-keyboard-list]") : null;
  if (!list || !["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) {
    return;
  }
  const items = Array.from(list.querySelectorAll("[data-keyboard-item]"));
  const current = items.indexOf(event.target.closest("[data-keyboard-item]"));
  const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 }[event.key];
  if (items.length > 0 && next >= 0 && next < items.length) {
    items[next].focus();
    event.preventDefault();
  }
});
