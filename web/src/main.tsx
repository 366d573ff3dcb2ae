import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./i18n";
import "./base.css";
import "./phone.css";
import "./print.css";
import { CALLBACK_PATH, finishSilentRenewal } from "./sign-in";

// In the hidden frame of a silent renewal the page only hands the provider's answer to the app around it.
if (window.parent !== window && window.location.pathname === CALLBACK_PATH) void finishSilentRenewal();
// The font is bundled (Vietnamese, Latin and Latin Extended subsets): no CDN, every tone mark drawn in one typeface.
else
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
