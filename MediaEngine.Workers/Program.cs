using MediaEngine.Workers.Cli;

return await MediaEngineCommandLine.RunAsync(args);
