# 旅行者向けの支払いと保険の情報（src/tips.rs）。

tip-full-cost-title = 医療費は全額自己負担です
tip-full-cost = 旅行者は日本の公的医療保険の対象外で、医療費の100％を、通常は受診のたびに円で支払います。
tip-cash-passport-title = パスポートと現金を持って行きましょう
tip-cash-passport = パスポートと十分な現金（円）を持参してください。現金のみの診療所も多くあります。カードが使えるかは治療の前に確認しましょう。
tip-insurer-first-title = まず旅行保険会社に電話を
tip-insurer-first = 海外旅行保険に入っている場合は、できれば受診の前にアシスタンスデスクに電話してください。病院へ直接支払う（キャッシュレス）保険会社や、病院を紹介してくれる保険会社があります。
tip-claim-documents-title = 保険請求に必要な書類
tip-claim-documents = 自分で支払った場合は、領収書、診療明細書、診断書（できれば英語）をもらってください。診断書は通常別料金です。
tip-referral-surcharge-title = 紹介状なしの大病院は追加料金
tip-referral-surcharge = 大きな病院では、紹介状なしの初診に選定療養費（約7,000円以上）がかかります。軽い症状なら診療所のほうが安く済みます。緊急時はためらわず受診してください。
tip-uninsured-rate-title = 保険のない患者に高い料金の病院も
tip-uninsured-rate = 日本の保険がない患者に、標準の料金より高く（例えば2倍）請求する病院があります。見積もりを聞きましょう。
tip-deposit-title = 入院には預かり金
tip-deposit = 入院する場合、通常は預かり金（保証金）を求められます。
tip-ambulance-free-title = 救急車は無料です
tip-ambulance-free = 119番通報と救急車での搬送は無料です。病院での治療費はかかります。
tip-night-holiday-title = 夜間・日曜・祝日
tip-night-holiday = 診療所は夕方以降、日曜、祝日は休みのことが多いです。その場合は救急病院か、地域の休日夜間急患センターへ。
tip-unpaid-bills-title = 未払いの医療費と再入国（不確実）
tip-unpaid-bills = 不確実（二次情報のみ）：2026年4月1日から、1万円以上の医療費の未払いが入管に報告され、次回の入国を拒否される可能性があるとされています。出国前に支払うか、支払いの手配をしてください。
