"""The web view (`newsfacts serve`): Datasette with newsfacts' metadata, pages and search."""
