"""The Qt adapter: widgets, item models, dialogs, translations. Talks to `services` only."""
