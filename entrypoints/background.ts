export default defineBackground(() => {
  // Wired in the foundation issue: open the store, register handlers synchronously.
});
