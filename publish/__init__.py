"""Publishing the archive with Datasette: the project's plugin and the formatters it uses."""
