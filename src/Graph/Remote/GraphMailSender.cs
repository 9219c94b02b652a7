using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace ComplianceBot.Graph.Remote;

/// <summary>Mail from the compliance mailbox through sendMail (Reg. 23.3, 29).</summary>
internal sealed class GraphMailSender(GraphClientProvider clients, IOptions<GraphOptions> options, ILogger<GraphMailSender> logger) : IMailSender
{
    internal const string IdempotencyHeader = "X-ComplianceBot-Key";

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
            ToRecipients = [.. mail.To.Select(Recipient)],
            CcRecipients = [.. mail.Cc.Select(Recipient)],
        };
        if (!string.IsNullOrWhiteSpace(mail.IdempotencyKey))
        {
            // Graph only accepts custom headers named x-…; the key lets a duplicate be traced to its outbox row.
            message.InternetMessageHeaders = [new InternetMessageHeader { Name = IdempotencyHeader, Value = mail.IdempotencyKey }];
        }

        var body = new SendMailPostRequestBody { Message = message, SaveToSentItems = true };
        using var client = clients.Create();
        await GraphFailure.RunAsync(
            logger,
            "send mail",
            async () =>
            {
                await client.Users[options.Value.ComplianceMailbox].SendMail.PostAsync(body, cancellationToken: cancellationToken);
                return true;
            },
            cancellationToken);
        GraphLog.MailSent(logger, mail.To.Count + mail.Cc.Count);
    }

    private static Recipient Recipient(string address) => new() { EmailAddress = new EmailAddress { Address = address } };
}
