"""The docks around the canvas. Each panel follows the document by itself; panels never
import each other (an import-linter contract), and share only :mod:`.common`."""
