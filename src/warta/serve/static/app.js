// The little JavaScript warta needs: "/" focuses the search box.
document.addEventListener("keydown", (event) => {
  const box = document.querySelector("form.quick input[type=search]");
  if (event.key === "/" && box && document.activeElement !== box) {
    event.preventDefault();
    box.focus();
  }
});
