# 緊急・相談の電話番号（src/emergency.rs）。119番の台本には .reading（ひらがな）と
# .romaji（ヘボン式、長音はマクロン）を付ける。

## 名前と用途

ambulance-name = 救急車・消防
ambulance-purpose = 急病やけがで救急車が必要なとき。「火事ですか、救急ですか」と聞かれたら「救急です」と答えます。通報と救急車は無料ですが、治療費はかかります。
police-name = 警察
police-purpose = 事件、盗難、交通事故、迷子や身の危険を感じるとき。
coast-guard-name = 海上保安庁
coast-guard-purpose = 海の事故。川や湖の事故は110番へ。いつ、どこで、何があったかを伝えます。
advice-7119-name = 救急安心センター #7119
advice-7119-purpose = 救急車を呼ぶべきか迷ったとき、看護師や医師が助言し、受診できる病院を案内します。命に関わるときは119番へ。
advice-7119-tokyo-direct-name = 東京消防庁救急相談センター（#が押せない電話用）
advice-7119-tokyo-direct-purpose = #をダイヤルできない電話から、東京の#7119と同じ相談ができます。
child-8000-name = 子ども医療電話相談 #8000
child-8000-purpose = 15歳未満の子どもの急な病気について、保護者が相談できます。今いる都道府県の窓口につながります。
visitor-hotline-name = 訪日外国人旅行者向けコールセンター（JNTO）
visitor-hotline-purpose = 急病、けが、災害など緊急時に旅行者を支援します。病院探しも手伝います。観光案内は対象外です。
himawari-name = 東京都医療機関案内サービス「ひまわり」
himawari-purpose = 外国語で受診できる都内の病院・診療所を案内します。
amda-name = AMDA国際医療情報センター
amda-purpose = 外国語が通じる医療機関や日本の医療制度について電話で案内します。
disaster-171-name = 災害用伝言ダイヤル171（NTT）
disaster-171-purpose = 災害時に家族への伝言を録音・再生します。171をダイヤルし、録音は1、再生は2、続けて市外局番からの電話番号。1件30秒まで。

## 受付時間

hours-24h = 24時間・毎日
hours-7119 = 実施地域の多くで24時間
hours-8000 = 都道府県により異なり、夜間が多い
hours-himawari = 毎日9時〜20時
hours-amda = 不確実：公式サイトでは毎日9時〜20時、古い情報では平日9時〜17時。利用前に確認してください。
hours-171 = 災害時と体験利用日のみ（毎月1日・15日、1月1日〜3日、1月15日〜21日、8月30日〜9月5日）

## 対応言語

langs-119 = 日本語。多くの消防本部で三者通話による通訳あり（東京：英語・中国語・韓国語・ポルトガル語・スペイン語）
langs-110 = 日本語。三者通話で通訳が入れます
langs-118 = 日本語
langs-7119 = ほとんどが日本語のみ
langs-8000 = 主に日本語
langs-visitor-hotline = 英語・中国語・韓国語・日本語
langs-himawari = 英語・中国語・韓国語・タイ語・スペイン語
langs-amda = 不確実：公式サイトでは英語・中国語・韓国語・スペイン語・タイ語
langs-171 = 伝言はどの言語でも可。案内の音声は日本語

## 注意

note-public-phone = 公衆電話からは、赤い緊急通報ボタンを押してからダイヤルします。硬貨は不要です。
note-amda = 受付時間は情報源によって異なります。現地で確認してください。
note-171 = NTTが災害時や体験利用日に開設しているときだけ使えます。
note-7119-tokyo = 東京都は#7119を実施しています。#が押せない電話からは{ $direct }へ。
note-7119-check = 全国では実施されていません。お住まいの地域で確認してください。東京で#が押せない電話からは{ $direct }。つながらず命に関わるときは119番へ。
note-7119-check-pref = 全国では実施されておらず、{ $pref }について確認済みの情報がありません。現地で確認してください。つながらず命に関わるときは119番へ。

## 119番で話すこと

script-ambulance = 救急です。
    .reading = きゅうきゅうです。
    .romaji = Kyūkyū desu.
script-address = 住所は{ $address }です。
    .reading = じゅうしょは{ $address }です。
    .romaji = Jūsho wa { $address } desu.
script-landmark = { $landmark }の近くです。
    .reading = { $landmark }のちかくです。
    .romaji = { $landmark } no chikaku desu.
script-no-address = 住所がわかりません。電柱の番号を読みます。
    .reading = じゅうしょがわかりません。でんちゅうのばんごうをよみます。
    .romaji = Jūsho ga wakarimasen. Denchū no bangō o yomimasu.
script-what-illness = 急病です。
    .reading = きゅうびょうです。
    .romaji = Kyūbyō desu.
script-what-injury = けが人がいます。
    .reading = けがにんがいます。
    .romaji = Keganin ga imasu.
script-what-traffic-accident = 交通事故です。
    .reading = こうつうじこです。
    .romaji = Kōtsū jiko desu.
script-what-chest-pain = 胸の痛みを訴えています。
    .reading = むねのいたみをうったえています。
    .romaji = Mune no itami o uttaete imasu.
script-what-breathing = 呼吸が苦しい状態です。
    .reading = こきゅうがくるしいじょうたいです。
    .romaji = Kokyū ga kurushii jōtai desu.
script-what-bleeding = 出血がひどいです。
    .reading = しゅっけつがひどいです。
    .romaji = Shukketsu ga hidoi desu.
script-what-seizure = けいれんを起こしています。
    .reading = けいれんをおこしています。
    .romaji = Keiren o okoshite imasu.
script-what-allergic-reaction = 強いアレルギー反応が出ています。
    .reading = つよいあれるぎーはんのうがでています。
    .romaji = Tsuyoi arerugī hannō ga dete imasu.
script-what-high-fever = 高い熱があります。
    .reading = たかいねつがあります。
    .romaji = Takai netsu ga arimasu.
script-what-burn = やけどをしています。
    .reading = やけどをしています。
    .romaji = Yakedo o shite imasu.
script-conscious = 意識はあります。
    .reading = いしきはあります。
    .romaji = Ishiki wa arimasu.
script-unconscious = 意識がありません。
    .reading = いしきがありません。
    .romaji = Ishiki ga arimasen.
script-breathing = 呼吸はしています。
    .reading = こきゅうはしています。
    .romaji = Kokyū wa shite imasu.
script-not-breathing = 呼吸をしていません。
    .reading = こきゅうをしていません。
    .romaji = Kokyū o shite imasen.
script-age = { $age }歳です。
    .reading = { $age }です。
    .romaji = { $age } desu.
script-age-male = { $age }歳の男性です。
    .reading = { $age }のだんせいです。
    .romaji = { $age } no dansei desu.
script-age-female = { $age }歳の女性です。
    .reading = { $age }のじょせいです。
    .romaji = { $age } no josei desu.
script-male = 男性です。
    .reading = だんせいです。
    .romaji = Dansei desu.
script-female = 女性です。
    .reading = じょせいです。
    .romaji = Josei desu.
script-interpreter = 旅行者で、日本語が話せません。{ $language }の通訳をお願いできますか？
    .reading = りょこうしゃで、にほんごがはなせません。{ $language }のつうやくをおねがいできますか？
    .romaji = Ryokōsha de, nihongo ga hanasemasen. { $language } no tsūyaku o onegai dekimasu ka?
script-name = 私の名前は{ $name }です。
    .reading = わたしのなまえは{ $name }です。
    .romaji = Watashi no namae wa { $name } desu.
script-callback = 電話番号は{ $phone }です。
    .reading = でんわばんごうは{ $phone }です。
    .romaji = Denwa bangō wa { $phone } desu.
script-stay-on-line = 電話を切らずに、指示を待ちます。
    .reading = でんわをきらずに、しじをまちます。
    .romaji = Denwa o kirazu ni, shiji o machimasu.

## 救急車を待つ間に

prepare-passport = パスポート
prepare-insurance = 海外旅行保険の情報とアシスタンスの電話番号
prepare-cash = 現金（円）とクレジットカード
prepare-medicines = 飲んでいる薬、薬のリストやお薬手帳
prepare-shoes = 靴と携帯電話の充電器
prepare-guide = できれば誰かに外で救急隊を誘導してもらう

## Added for issue 8: the position line and a child's age

script-position = 場所は{ $place }です。
    .reading = ばしょは{ $place }です。
    .romaji = Basho wa { $place } desu.
script-age-boy = { $age }歳の男の子です。
    .reading = { $age }のおとこのこです。
    .romaji = { $age } no otoko no ko desu.
script-age-girl = { $age }歳の女の子です。
    .reading = { $age }のおんなのこです。
    .romaji = { $age } no onna no ko desu.
