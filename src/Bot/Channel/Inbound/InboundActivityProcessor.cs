using System.Text.Json;
using System.Threading.RateLimiting;
using ComplianceBot.Bot.Channel.Authentication;
using ComplianceBot.Bot.Channel.Outbound;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// POST /api/messages: check the token, take a turn slot, read the activity, check its binding and
/// admission, then de-duplicate, record the conversation reference and dispatch. A forged or slow
/// caller is refused from its Authorization header alone, before it waits for a slot or has its body
/// read (decision 112); nothing reaches the state store or the handler before every check passes, and
/// no rejection says why (the reason goes to the log).
/// </summary>
internal sealed class InboundActivityProcessor(
    TurnGate gate,
    ChannelAuthenticator authenticator,
    ActivityAdmission admission,
    TurnDispatcher dispatcher,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<TeamsOptions> options,
    ILogger<InboundActivityProcessor> logger)
{
    public async Task<IResult> ProcessAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        ChannelToken? token = null;
        if (!options.Value.DangerouslyAllowUnauthenticatedRequests)
        {
            // A missing header is refused by the authenticator like any other that is not a bearer token.
            var check = await authenticator.ValidateTokenAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted);
            if (check.Token is null)
            {
                return Results.StatusCode(check.Outcome.StatusCode);
            }

            token = check.Token;
        }

        RateLimitLease lease;
        try
        {
            lease = await gate.EnterAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The Connector hung up while this waited its turn: nothing was read, so nothing is lost.
            return Results.Empty;
        }

        using var _ = lease;
        if (!lease.IsAcquired)
        {
            // Nothing was read or stored: a redelivery by the Connector is acted on as new (decision 108).
            ChannelLog.TurnQueueFull(logger);
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return await ProcessAdmittedAsync(http, token);
    }

    private async Task<IResult> ProcessAdmittedAsync(HttpContext http, ChannelToken? token)
    {
        var activity = await ReadActivityAsync(http, options.Value.MaxActivityBytes);
        if (activity is null)
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        // The token's binding first, so a forged request learns nothing of the shape rules; the shape before
        // admission, whose lookups (channelData.tenant) need well-formed JSON (decisions 112, 114).
        var bound = token is null ? AuthenticationOutcome.Success : authenticator.CheckBinding(token, activity);
        if (!bound.Succeeded)
        {
            return Results.StatusCode(bound.StatusCode);
        }

        if (ActivityShape.Problem(activity) is { } problem)
        {
            // Before anything of it is stored or handled (decision 114).
            ChannelLog.MalformedActivity(logger, problem);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var admitted = admission.Check(activity);
        if (!admitted.Succeeded)
        {
            ChannelLog.ActivityRejected(logger, admitted.Reason);
            return Results.StatusCode(admitted.StatusCode);
        }

        return await ActAsync(http.RequestServices.GetRequiredService<IChannelStateStore>(), activity, http.RequestAborted);
    }

    private async Task<IResult> ActAsync(IChannelStateStore store, Activity activity, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelId ?? "";
        if (activity.Id is { Length: > 0 } activityId && !await store.TryMarkProcessedAsync(channelId, activityId, cancellationToken))
        {
            ChannelLog.DuplicateActivity(logger, activityId);
            return Results.Ok();
        }

        InvokeResponse? response;
        try
        {
            if (ConversationReferenceData.From(activity) is { } reference)
            {
                // An anonymous reporter's steps leave no stored reference (Reg. 23.2, decision 090); the
                // serviceUrl is still trusted for this instance so the turn can be answered.
                if (!ConfidentialActions.IsConfidential(activity))
                {
                    await store.SaveConversationReferenceAsync(reference, CancellationToken.None);
                }

                trustedServiceUrls.Remember(reference.ServiceUrl);
            }

            response = await dispatcher.DispatchAsync(activity);
        }
        catch (Exception exception)
        {
            // Whatever failed after the id was recorded — the reference write, the handler, an HttpClient
            // timeout (a cancellation) — the Connector's redelivery must be acted on, not dropped as a
            // duplicate: an id recorded is an activity acted on (decision 026).
            ChannelLog.HandlerFailed(logger, activity.Type, exception);
            if (activity.Id is { Length: > 0 } failedId)
            {
                await store.ReleaseProcessedAsync(channelId, failedId, CancellationToken.None);
            }

            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        return (activity.Type, response) switch
        {
            (ActivityTypes.Invoke, { Body: null } bare) => Results.StatusCode(bare.Status),
            (ActivityTypes.Invoke, { } invoke) => Results.Json(invoke.Body, ChannelJson.Options, statusCode: invoke.Status),
            _ => Results.Ok(),
        };
    }

    private static async Task<Activity?> ReadActivityAsync(HttpContext http, int maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ChannelJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
    }
}
