using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>One asset given to a job input; <see cref="Asset"/> is null when the asset no longer exists.</summary>
public sealed record JobInputFile(string Input, Guid AssetId, Asset? Asset);
