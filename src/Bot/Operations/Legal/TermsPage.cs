namespace ComplianceBot.Bot.Operations.Legal;

/// <summary>Kept in code rather than as a file so it ships with the assembly and needs no static-file setup.</summary>
internal static class TermsPage
{
    public const string Html = """
<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><title>Compliance — пайдалану шарттары / условия использования / terms of use</title></head>
<body>
<section lang="kk">
<h1>Пайдалану шарттары</h1>
<p>Бот кәсіпорын қызметкерлеріне арналған және сыбайлас жемқорлыққа қарсы комплаенс қызметі туралы Ережеге сәйкес жұмыс істейді. Мәлімдемелер мен хабарламалар комплаенс қызметінің тізілімдеріне тіркеледі және өзгертілмейді. Көрінеу жалған хабарлама беруге болмайды.</p>
</section>
<section lang="ru">
<h1>Условия использования</h1>
<p>Бот предназначен для работников предприятия и работает в соответствии с Положением о службе антикоррупционного комплаенса. Декларации и сообщения регистрируются в реестрах службы и не изменяются. Заведомо ложные сообщения недопустимы.</p>
</section>
<section lang="en">
<h1>Terms of use</h1>
<p>This bot is for the enterprise's employees and works under the Regulation on the anti-corruption compliance service. Declarations and reports are recorded in the service's registers and are not altered. Knowingly false reports are not permitted.</p>
</section>
</body>
</html>
""";
}
