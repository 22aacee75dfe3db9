"""``warta serve``: the web UI and REST API over a corpus (FastAPI on uvicorn)."""

from __future__ import annotations

import sys

import click

DEFAULT_DB = "warta.db"


@click.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Corpus database file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    envvar="WARTA_TOKEN",
    default=None,
    help="Enables POST /api/ingest for clients that send it (default: $WARTA_TOKEN; off if unset).",
)
def serve_command(db: str, host: str, port: int, token: str | None) -> None:
    """Browse and search the corpus in a web browser; REST API under /api, docs at /docs.

    \b
    Examples:
      warta ingest examples/ && warta serve          # then open http://127.0.0.1:8000
      warta serve --db news.db --port 8080
      WARTA_TOKEN=secret warta serve                 # allows POST /api/ingest with the token
    """
    import uvicorn

    from warta.errors import StoreError
    from warta.serve import create_app

    try:
        app = create_app(db, token=token)
    except StoreError as exc:
        click.echo(f"warta: {exc.line()}", err=True)
        sys.exit(1)
    click.echo(f"warta: serving {db} on http://{host}:{port} (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS: list[click.Command] = [serve_command]
