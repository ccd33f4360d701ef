source-note = 英文為原文，未經醫學翻譯人員審校。
unreviewed-note = 機器翻譯品質，未經母語人士審校。
