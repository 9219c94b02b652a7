using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Local;

/// <summary>Development mail: each message becomes an .eml file that Outlook opens. The same key overwrites, never duplicates.</summary>
internal sealed class LocalMailSender(LocalMailbox mailbox, IOptions<GraphOptions> options, TimeProvider time) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = time.GetUtcNow();
        var id = string.IsNullOrWhiteSpace(mail.IdempotencyKey) ? Guid.NewGuid().ToString("N")[..20] : SafeFileName.Hash(mail.IdempotencyKey);
        var existing = Directory.Exists(mailbox.Mail) ? Directory.GetFiles(mailbox.Mail, $"*-{id}.eml") : [];
        var path = existing.Length > 0
            ? existing[0]
            : Path.Combine(mailbox.Mail, $"{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{id}.eml");
        var content = EmlWriter.Write(mail, options.Value.OrganizerMailbox, $"{id}@compliancebot.local", now);
        await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(content), cancellationToken);
    }
}
