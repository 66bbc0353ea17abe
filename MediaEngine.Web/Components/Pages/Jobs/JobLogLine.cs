using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>One line of a job's log tail: a state change, a node starting or finishing, or a line a node wrote.</summary>
public sealed record JobLogLine(DateTime At, JobEventKind Kind, string? NodeId, string Text, bool IsError = false);
