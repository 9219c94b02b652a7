using System.Net;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Delivery;

/// <summary>Maps Bot Connector failures to delivery outcomes: throttling and outages are retried, refusals are not.</summary>
internal static class ConnectorOutcomes
{
    public static async Task<DeliveryOutcome> RunAsync(Func<Task<string?>> send)
    {
        try
        {
            return DeliveryOutcome.Delivered(await send());
        }
        catch (ConversationBlockedException)
        {
            return DeliveryOutcome.Fail("The recipient has blocked or removed the bot (403 MessageWritesBlocked).");
        }
        catch (UntrustedServiceUrlException)
        {
            return DeliveryOutcome.Fail("The serviceUrl was never seen in an authenticated activity.");
        }
        catch (ConnectorRequestException ex) when (IsTransient(ex.StatusCode))
        {
            return DeliveryOutcome.Retry($"Connector answered {(int?)ex.StatusCode}.");
        }
        catch (ConnectorRequestException ex)
        {
            return DeliveryOutcome.Fail($"Connector refused the message ({(int?)ex.StatusCode}).");
        }
        catch (HttpRequestException ex)
        {
            return DeliveryOutcome.Retry($"Connector unreachable ({ex.HttpRequestError}).");
        }
        catch (TaskCanceledException)
        {
            return DeliveryOutcome.Retry("Connector timed out.");
        }
    }

    private static bool IsTransient(HttpStatusCode? status) => status is null
        || status == HttpStatusCode.TooManyRequests
        || status == HttpStatusCode.PreconditionFailed
        || status == HttpStatusCode.RequestTimeout
        || (int)status >= 500;
}
