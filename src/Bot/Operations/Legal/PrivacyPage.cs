namespace ComplianceBot.Bot.Operations.Legal;

/// <summary>Kept in code rather than as a file so it ships with the assembly and needs no static-file setup.</summary>
internal static class PrivacyPage
{
    public const string Html = """
<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><title>Compliance — құпиялылық / конфиденциальность / privacy</title></head>
<body>
<section lang="kk">
<h1>Құпиялылық</h1>
<p>Бот кәсіпорынның сыбайлас жемқорлыққа қарсы комплаенс қызметінің ақпарат арнасы болып табылады. Ол сыйлықтар мен мүдделер қақтығысы туралы мәлімдемелерді және бұзушылықтар туралы хабарламаларды кәсіпорынның дерекқорында сақтайды.</p>
<p>Хабарламаны анонимді түрде жіберсеңіз, сіздің жеке басыңыз сақталмайды. Жеке басыңызды көрсетсеңіз, ол шифрланып сақталады және тек істі қарайтын комплаенс-офицерге ғана көрінеді; ол хабарламаларда, есептерде және басшылыққа ешқашан көрсетілмейді (Ережелердің 23.2-тармағы).</p>
</section>
<section lang="ru">
<h1>Конфиденциальность</h1>
<p>Бот — информационный канал службы антикоррупционного комплаенса предприятия. Он хранит декларации о подарках и конфликте интересов и сообщения о нарушениях в базе данных предприятия.</p>
<p>Если вы сообщаете анонимно, ваша личность не сохраняется. Если вы её указываете, она хранится в зашифрованном виде и видна только комплаенс-офицеру, рассматривающему дело; она никогда не попадает в уведомления, отчёты и к руководству (п. 23.2 Положения).</p>
</section>
<section lang="en">
<h1>Privacy</h1>
<p>This bot is an information channel of the enterprise's anti-corruption compliance service. It keeps gift and conflict-of-interest declarations and reports of violations in the enterprise's database.</p>
<p>If you report anonymously, your identity is not stored. If you give it, it is stored encrypted and is visible only to the compliance officer handling the case; it never appears in notices, reports or to management (Reg. 23.2).</p>
</section>
</body>
</html>
""";
}
