
namespace ComplianceBot.Bot.Delivery;

/// <summary>Hears each settled delivery (metrics); optional.</summary>
public interface IDeliveryObserver
{
    void Delivered(string kind, TimeSpan sinceCreated);

    void Retried(string kind);

    void Failed(string kind);
}
