using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ThongSuot.Data;

/// <summary>
/// A query EF compiles once instead of translating and looking it up on every call, for the few that run on every request.
/// EF binds a compiled query to the model of the first context that runs it, and a process can hold more than one (the
/// tests run SQLite and PostgreSQL apps side by side), so there is one compilation per model.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile) where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> byModel = new();

    public TDelegate For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
