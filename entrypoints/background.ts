export default defineBackground(() => {
  // Message routing lives in lib/messaging; this file only wires it up.
});
