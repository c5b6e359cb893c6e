"""emocni — narzędzie e-Mocarza (gminne partnerstwo na rzecz edukacji cyfrowej)."""

__version__ = "0.1.0"
