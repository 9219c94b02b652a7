namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>A plain "received, working on it" message response (Universal Actions message response).</summary>
internal sealed class DefaultInvokeTimeoutFallback : IInvokeTimeoutFallback
{
    private const string MessageType = "application/vnd.microsoft.activity.message";

    public InvokeResponse Create(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var language = activity.Locale is { Length: >= 2 } locale ? locale[..2].ToUpperInvariant() : "";
        var text = language switch
        {
            "RU" => "Запрос принят и обрабатывается.",
            "EN" => "Your request was received and is being processed.",
            _ => "Сұрау қабылданды және өңделуде.",
        };
        return new InvokeResponse(StatusCodes.Status200OK, new { statusCode = StatusCodes.Status200OK, type = MessageType, value = text });
    }
}
