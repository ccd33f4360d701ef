# Text about the translations themselves (src/l10n/mod.rs).

source-note = English is the source text; it has not been reviewed by a medical translator.
unreviewed-note = Machine-quality translation, not reviewed by a fluent speaker.
