namespace MediaEngine.Workers.Jobs;

/// <summary>One thing wrong with a submission: where (<c>preset</c>, <c>inputs.photos</c>, <c>settings.resize.width</c>, a node id) and what.</summary>
public sealed record JobProblem(string Field, string Message);
