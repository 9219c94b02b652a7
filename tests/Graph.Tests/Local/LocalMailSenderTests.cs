using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceBot.Graph.Tests.Local;

public sealed partial class LocalMailSenderTests : IDisposable
{
    private readonly LocalMailboxFixture _fixture = new(new Dictionary<string, string?> { ["Graph:ComplianceMailbox"] = "compliance@contoso.kz" });

    public void Dispose() => _fixture.Dispose();

    private static OutgoingMail Mail(string subject, string? key = "outbox-9") => new()
    {
        To = ["director@contoso.kz"],
        Cc = ["officer@contoso.kz"],
        Subject = subject,
        HtmlBody = "<p>Жаңа хабарлама түсті (23.3-тармақ). Сыбайлас жемқорлыққа қарсы комплаенс-қызметі.</p>",
        IdempotencyKey = key,
    };

    [GeneratedRegex(@"=\?utf-8\?B\?(?<b64>[A-Za-z0-9+/=]+)\?=")]
    private static partial Regex EncodedWord();

    private static (Dictionary<string, string> Headers, string Body) Parse(string eml)
    {
        Assert.DoesNotContain("\n", eml.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var unfolded = eml[..split].Replace("\r\n ", " ", StringComparison.Ordinal);
        var headers = unfolded.Split("\r\n").Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        return (headers, eml[(split + 4)..]);
    }

    private static string DecodeWords(string value) =>
        string.Concat(EncodedWord().Matches(value).Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["b64"].Value))));

    private async Task<string> SendAndReadAsync(OutgoingMail mail)
    {
        await _fixture.Get<IMailSender>().SendAsync(mail, CancellationToken.None);
        return await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_fixture.Mailbox, "mail"), "*.eml")));
    }

    [Fact]
    public async Task SendAsync_KazakhSubject_WritesMimeMessageWhoseSubjectDecodesBack()
    {
        const string subject = "Директорға хабарлама: сыбайлас жемқорлық құқық бұзушылығы туралы жаңа хабар түсті (23.3-тармақ)";

        var (headers, body) = Parse(await SendAndReadAsync(Mail(subject)));

        Assert.Equal("compliance@contoso.kz", headers["From"]);
        Assert.Equal("director@contoso.kz", headers["To"]);
        Assert.Equal("officer@contoso.kz", headers["Cc"]);
        Assert.Equal("1.0", headers["MIME-Version"]);
        Assert.Equal("text/html; charset=utf-8", headers["Content-Type"]);
        Assert.Equal("base64", headers["Content-Transfer-Encoding"]);
        Assert.Equal("outbox-9", headers["X-ComplianceBot-Key"]);
        Assert.Matches(new Regex("^<[0-9a-f]{20}@compliancebot.local>$"), headers["Message-ID"]);
        Assert.Matches(new Regex(@"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"), headers["Date"]);
        Assert.Equal(subject, DecodeWords(headers["Subject"]));
        Assert.All(EncodedWord().Matches(headers["Subject"]), m => Assert.True(m.Length <= 75));
        Assert.Equal(Mail(subject).HtmlBody, Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal))));
        Assert.All(body.Split("\r\n"), l => Assert.True(l.Length <= 76));
    }

    [Fact]
    public async Task SendAsync_AsciiSubject_IsNotEncoded()
    {
        // A plain subject stays readable in the .eml file: no clause is claimed here (the quarterly report of Reg. 28
        // is not built yet, so no test may name it).
        var (headers, _) = Parse(await SendAndReadAsync(Mail("New report R-2026-0007: Bribery")));

        Assert.Equal("New report R-2026-0007: Bribery", headers["Subject"]);
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_OneFile()
    {
        var sender = _fixture.Get<IMailSender>();

        await sender.SendAsync(Mail("Notice"), CancellationToken.None);
        await sender.SendAsync(Mail("Notice"), CancellationToken.None);
        await sender.SendAsync(Mail("Other", "outbox-10"), CancellationToken.None);

        Assert.Equal(2, Directory.GetFiles(Path.Combine(_fixture.Mailbox, "mail"), "*.eml").Length);
    }
}
