using BharatBrief.Cli;

// ingest <folder> --db <file>        reads a folder of articles into the store     (Commands/IngestCommand.cs)
// export --db <file> [--out <file>]  writes the store as docs/export.md's document (Commands/ExportCommand.cs)
// --verbose                          debug events on standard error              (CliLogging.cs)
return await BharatBriefCli.RunAsync(args);
