// The home-page cards of the legacy frontend system.
export {};
