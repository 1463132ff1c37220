"""The main window and what belongs to it: menus and toolbar, files, crash recovery, settings,
File > Import / Export."""
