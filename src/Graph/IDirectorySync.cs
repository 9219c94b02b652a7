namespace ComplianceBot.Graph;

/// <summary>Employees' department, job title, manager and language from the directory (users delta query).</summary>
public interface IDirectorySync
{
    /// <summary>Changes since <paramref name="deltaLink"/>, or every user when it is null. Follows all pages.</summary>
    /// <exception cref="GraphDeliveryException">Reading failed. A permanent failure with status 410 means the link expired: start again with null.</exception>
    Task<DirectoryDelta> GetUsersDeltaAsync(string? deltaLink, CancellationToken cancellationToken);
}
