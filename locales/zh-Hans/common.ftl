source-note = 英文为原文，未经医学翻译人员审校。
unreviewed-note = 机器翻译质量，未经母语人士审校。
