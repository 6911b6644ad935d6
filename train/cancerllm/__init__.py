"""cancerllm: LoRA continued pre-training, instruction tuning, generation and scoring of CancerLLM.

Installed with the `train` extra of cancerprep. Built on transformers + peft + datasets; this
package only wires them to the CancerLLM recipe (docs/design.md) and to build-dataset outputs.
Heavy imports (torch, transformers) happen inside functions so `import cancerllm` stays cheap.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
