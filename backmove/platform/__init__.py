"""What differs per OS: idle time, suspend, fullscreen and do-not-disturb, autostart,
notifications, single instance. Each a small protocol with backends and a not-available
backend, chosen once at start; nothing here decides policy."""
