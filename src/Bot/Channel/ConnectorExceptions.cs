using System.Net;

namespace ComplianceBot.Bot.Channel;

/// <summary>A Bot Connector call that did not succeed; carries the status only, never the response body.</summary>
public class ConnectorRequestException : Exception
{
    public ConnectorRequestException()
    {
    }

    public ConnectorRequestException(string message)
        : base(message)
    {
    }

    public ConnectorRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorRequestException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode? StatusCode { get; }
}

/// <summary>403 MessageWritesBlocked: the user removed or blocked the bot. Recorded; retrying is pointless.</summary>
public sealed class ConversationBlockedException : ConnectorRequestException
{
    public ConversationBlockedException()
    {
    }

    public ConversationBlockedException(string message)
        : base(HttpStatusCode.Forbidden, message)
    {
    }

    public ConversationBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The serviceUrl was never seen in an authenticated activity, so the bot's token is not sent there.</summary>
public sealed class UntrustedServiceUrlException : ConnectorRequestException
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
