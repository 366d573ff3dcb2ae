import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./i18n";
import "./base.css";
import "./phone.css";
import "./print.css";

// The font is bundled (Vietnamese, Latin and Latin Extended subsets): no CDN, every tone mark drawn in one typeface.
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
