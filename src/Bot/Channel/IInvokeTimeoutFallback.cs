namespace ComplianceBot.Bot.Channel;

/// <summary>
/// The invoke response sent when the handler has not answered within Teams:InvokeTimeout (Teams
/// waits 5 s). The handler keeps running and can update the card afterwards. Replace it to localize
/// through resources; the default speaks kk/ru/en by the activity's locale.
/// </summary>
public interface IInvokeTimeoutFallback
{
    InvokeResponse Create(Activity activity);
}
