namespace ComplianceBot.Graph;

/// <summary>Mail from the compliance mailbox: director notices (Reg. 23.3), reports (Reg. 29), escalations to the authorized body.</summary>
public interface IMailSender
{
    /// <exception cref="GraphDeliveryException">Sending failed; <see cref="GraphDeliveryException.IsTransient"/> says whether to retry.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
