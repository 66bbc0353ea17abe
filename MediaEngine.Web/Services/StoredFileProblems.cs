using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Storage;

namespace MediaEngine.Web.Services;

/// <summary>The 404 answers of the file routes, saying why a file is not there.</summary>
public static class StoredFileProblems
{
    /// <summary>What is said of an artifact whose file storage cleanup removed.</summary>
    public const string RemovedByCleanup = "removed by storage cleanup";

    /// <summary>Why artifact <paramref name="id"/> has no file: there is no such artifact, cleanup removed it, or it went missing.</summary>
    public static IResult ArtifactNotStored(Guid id, Artifact? artifact) => Results.Problem(
        artifact switch
        {
            null => $"There is no artifact {id}.",
            { PurgedAt: { } purged } => string.Create(CultureInfo.InvariantCulture,
                $"The file of artifact {id} was {RemovedByCleanup} on {purged:yyyy-MM-dd HH:mm} UTC: it was an intermediate, never published output older than {StorageOptions.KeyOf(nameof(StorageOptions.IntermediateRetentionDays))}. Run the job again to make it."),
            _ => $"The file of artifact {id} is no longer stored; run the job again to make it.",
        },
        statusCode: StatusCodes.Status404NotFound,
        title: artifact?.PurgedAt is null ? null : "Removed by storage cleanup");
}
