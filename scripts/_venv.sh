# Sourced by scripts/demo and scripts/test: a virtual environment in .venv (or $VENV) with
# the project installed from pyproject.toml.
VENV="${VENV:-.venv}"

find_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    echo "error: Python 3.11 or newer is needed" >&2
    exit 1
}

venv_install() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$(find_python)" -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    # Installed once per version of pyproject.toml (the install is editable: code changes need
    # no reinstall), so that repeated runs neither wait on pip nor repeat its build output.
    # The dev install (".[dev]") holds everything the plain one (".") needs.
    local stamp="$VENV/.factcheck-installed" sum installed=""
    sum="$(cksum < pyproject.toml)"
    [ -f "$stamp" ] && installed="$(cat "$stamp")"
    if [ "$installed" = "$1 $sum" ] || [ "$installed" = ".[dev] $sum" ]; then return; fi
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$1"
    printf '%s\n' "$1 $sum" > "$stamp"
}
