#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% H.323 ASN.1 PER (aligned) decode/encode oracle, built on Erlang/OTP's asn1 application.
%% Normally started through oracle.sh, which compiles the modules once and sets ORACLE_OUT.
%%
%%   oracle.escript compile
%%   oracle.escript decode    [--json] TYPE HEX
%%   oracle.escript encode    TYPE TERM|-
%%   oracle.escript roundtrip TYPE HEX
%%   oracle.escript types     [MODULE]
%%   oracle.escript serve
%%
%% TYPE is a type name (RasMessage, H323-UserInformation, MultimediaSystemControlMessage, ...)
%% or MODULE:Type. Unqualified names are looked up in the module order below, so
%% TransportAddress means H.225.0's; write MULTIMEDIA-SYSTEM-CONTROL:TransportAddress for H.245's.
-mode(compile).

%% Compile order matters: a module's imports must be compiled before it.
-define(MODULES, ["H235-SECURITY-MESSAGES", "MULTIMEDIA-SYSTEM-CONTROL", "H323-MESSAGES",
                  "SIGNALLING-TRAVERSAL", "MEDIA-TRAVERSAL"]).
-define(LOOKUP, ["H323-MESSAGES", "MULTIMEDIA-SYSTEM-CONTROL", "H235-SECURITY-MESSAGES",
                 "SIGNALLING-TRAVERSAL", "MEDIA-TRAVERSAL"]).

main(Args) ->
    try run(Args) of
        ok -> halt(0)
    catch
        throw:{usage, Msg} -> io:format(standard_error, "oracle: ~ts~n~ts", [Msg, usage()]), halt(2);
        throw:{fail, Msg} -> io:format(standard_error, "oracle: ~ts~n", [Msg]), halt(1)
    end.

usage() ->
    "usage: oracle.sh decode [--json] TYPE HEX | encode TYPE TERM|- | roundtrip TYPE HEX"
    " | types [MODULE] | serve | compile\n".

outdir() ->
    case os:getenv("ORACLE_OUT") of
        false -> throw({fail, "ORACLE_OUT is not set (run oracle.sh, not this escript)"});
        D -> D
    end.

srcdir() ->
    case os:getenv("ASN1_MODULES") of
        false -> filename:dirname(filename:absname(escript:script_name()));
        D -> D
    end.

run(["compile"]) ->
    Out = outdir(), Src = srcdir(),
    ok = filelib:ensure_dir(filename:join(Out, "x")),
    T0 = erlang:monotonic_time(millisecond),
    lists:foreach(
      fun(M) ->
              File = filename:join(Src, M ++ ".asn"),
              case asn1ct:compile(File, [per, maps, noobj, {outdir, Out}, {i, Out}, {i, Src},
                                         verbose]) of
                  ok -> ok;
                  Err -> throw({fail, io_lib:format("asn1ct:compile(~ts) failed: ~p", [File, Err])})
              end,
              Erl = filename:join(Out, M ++ ".erl"),
              case compile:file(Erl, [{outdir, Out}, {i, Out}, report_errors, return_errors]) of
                  {ok, _} -> ok;
                  E2 -> throw({fail, io_lib:format("erlc ~ts failed: ~p", [Erl, E2])})
              end
      end, ?MODULES),
    io:format("compiled ~b modules in ~b ms into ~ts~n",
              [length(?MODULES), erlang:monotonic_time(millisecond) - T0, Out]),
    ok;
run(Args) ->
    true = code:add_patha(outdir()),
    cmd(Args).

cmd(["decode", "--json", Type, Hex]) -> out(json(decode(Type, Hex)));
cmd(["decode", Type, Hex, "--json"]) -> out(json(decode(Type, Hex)));
cmd(["decode", Type, Hex]) -> out(term(decode(Type, Hex)));
cmd(["encode", Type, "-"]) -> out(encode(Type, read_all()));
cmd(["encode", Type, Term]) -> out(encode(Type, Term));
cmd(["roundtrip", Type, Hex]) -> out(roundtrip(Type, Hex));
cmd(["types"]) -> out(types(?LOOKUP));
cmd(["types", M]) -> out(types([M]));
cmd(["serve"]) -> serve();
cmd(_) -> throw({usage, "bad arguments"}).

out(IoData) -> io:put_chars([IoData, $\n]), ok.

%% ------------------------------------------------------------------ operations

decode(TypeArg, Hex) ->
    Bin = unhex(Hex),
    {Mod, Type} = resolve(TypeArg),
    case Mod:decode(Type, Bin) of
        {ok, Value} -> Value;
        {ok, Value, <<>>} -> Value;
        {ok, _Value, Rest} -> throw({fail, io_lib:format("~b trailing bytes after ~ts", [byte_size(Rest), TypeArg])});
        {error, Reason} -> throw({fail, ["decode ", TypeArg, " failed: ", reason(Reason)]})
    end.

encode(TypeArg, Text) ->
    Value = parse_term(Text),
    {Mod, Type} = resolve(TypeArg),
    case Mod:encode(Type, Value) of
        {ok, Bin} -> hex(iolist_to_binary(Bin));
        {error, Reason} -> throw({fail, ["encode ", TypeArg, " failed: ", reason(Reason)]})
    end.

%% "same": re-encoding gives the input bytes; "same-value": other bytes, same value (e.g. an
%% encoder built from an older ASN.1 version writes a shorter extension-addition bitmap);
%% "differs": the value changed (a bug somewhere). The last two print both hex strings.
roundtrip(TypeArg, Hex) ->
    In = unhex(Hex),
    V = decode(TypeArg, Hex),
    OutHex = encode(TypeArg, term(V)),
    Out = unhex(OutHex),
    if Out =:= In -> "same";
       true ->
            Verdict = case decode(TypeArg, OutHex) of
                          V -> "same-value";
                          _ -> "differs"
                      end,
            [Verdict, "\n", hex(In), "\n", hex(Out)]
    end.

%% the asn1 runtime reports {asn1, {Why, Stacktrace}}: keep Why and the innermost function
reason({asn1, {Why, [{_M, F, A, _} | _]}}) when is_atom(F) ->
    io_lib:format("~0P in ~ts/~b", [Why, 12, F, arity(A)]);
reason(R) -> io_lib:format("~0P", [R, 20]).

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

%% TYPE or MODULE:TYPE -> {ModuleAtom, TypeAtom}; looks the name up in each module's asn1db.
resolve(TypeArg) ->
    {Mods, Name} = case string:split(TypeArg, ":") of
                       [M, T] -> {[M], T};
                       [T] -> {?LOOKUP, T}
                   end,
    case [M || M <- Mods, lists:member(Name, types_of(M))] of
        [M1 | _] -> {list_to_atom(M1), list_to_atom(Name)};
        [] -> throw({fail, io_lib:format("unknown type ~ts (see: oracle.sh types)", [TypeArg])})
    end.

types(Mods) ->
    lists:join("\n", [[M, ":", T] || M <- Mods, T <- lists:sort(types_of(M))]).

types_of(M) ->
    Key = {types, M},
    case get(Key) of
        undefined ->
            Db = filename:join(outdir(), M ++ ".asn1db"),
            Ts = case ets:file2tab(Db) of
                     {ok, Tab} ->
                         L = [atom_to_list(element(1, O)) || O <- ets:tab2list(Tab),
                                                            is_atom(element(1, O)),
                                                            not lists:member(element(1, O), ['EXTERNAL', 'EMBEDDED PDV', 'CHARACTER STRING']),
                                                            is_tuple(element(2, O)),
                                                            element(1, element(2, O)) =:= typedef],
                         ets:delete(Tab), L;
                     _ -> throw({fail, io_lib:format("no compiled module ~ts in ~ts", [M, outdir()])})
                 end,
            put(Key, Ts), Ts;
        Ts -> Ts
    end.

%% line protocol: one request per line, one answer per line ("ok ..." or "error ...")
%%   decode TYPE HEX | decode-json TYPE HEX | encode TYPE TERM | roundtrip TYPE HEX
serve() ->
    case io:get_line("") of
        eof -> ok;
        Line ->
            Reply = try serve_line(string:trim(Line)) of
                        R -> ["ok ", R]
                    catch throw:{fail, Msg} -> ["error ", oneline(Msg)];
                          throw:{usage, Msg} -> ["error ", Msg]
                    end,
            io:put_chars([Reply, $\n]),
            serve()
    end.

serve_line("") -> throw({usage, "empty request"});
serve_line(Line) ->
    case string:split(Line, " ", leading) of
        [Op, Rest0] ->
            case string:split(string:trim(Rest0), " ", leading) of
                [Type, Arg] ->
                    case Op of
                        "decode" -> oneline(term(decode(Type, Arg)));
                        "decode-json" -> json(decode(Type, Arg));
                        "encode" -> encode(Type, Arg);
                        "roundtrip" -> oneline(roundtrip(Type, Arg));
                        _ -> throw({usage, "unknown request " ++ Op})
                    end;
                _ -> throw({usage, "request needs TYPE and an argument"})
            end;
        _ -> throw({usage, "request needs TYPE and an argument"})
    end.

%% ------------------------------------------------------------------ helpers

unhex(Hex0) ->
    Hex = [C || C <- Hex0, not lists:member(C, " \t\r\n:")],
    try binary:decode_hex(list_to_binary(Hex))
    catch _:_ -> throw({fail, "argument is not an even-length hex string"})
    end.

hex(Bin) -> string:lowercase(binary_to_list(binary:encode_hex(Bin))).

term(V) -> io_lib:format("~tp", [V]).

oneline(IoData) ->
    re:replace(unicode:characters_to_binary(IoData), "\\n\\s*", " ", [global, unicode, {return, binary}]).

parse_term(Text0) ->
    Text = string:trim(Text0, trailing, " \t\r\n."),
    case erl_scan:string(Text ++ ".") of
        {ok, Toks, _} ->
            case erl_parse:parse_term(Toks) of
                {ok, T} -> T;
                {error, {_, _, E}} -> throw({fail, ["cannot parse value: ", erl_parse:format_error(E)]})
            end;
        {error, {_, _, E}, _} -> throw({fail, io_lib:format("cannot scan value: ~p", [E])})
    end.

read_all() -> read_all([]).
read_all(Acc) ->
    case io:get_chars("", 65536) of
        eof -> lists:flatten(lists:reverse(Acc));
        Data -> read_all([Data | Acc])
    end.

%% JSON view of a decoded value (for reading and comparing; encode takes the Erlang term):
%%   SEQUENCE -> object; CHOICE {alt, V} -> {"alt": V}; INTEGER -> number; BOOLEAN -> true/false;
%%   NULL -> null; ENUMERATED -> "name"; OCTET STRING -> "hex"; BIT STRING -> "0101...";
%%   OBJECT IDENTIFIER -> "0.0.8.2250.0.7"; character strings -> string; SEQUENCE OF -> array.
json(V) when is_map(V) ->
    ["{", lists:join(",", [[jstr(atom_to_list(K)), ":", json(X)] || {K, X} <- lists:sort(maps:to_list(V))]), "}"];
json({Alt, V}) when is_atom(Alt) -> ["{", jstr(atom_to_list(Alt)), ":", json(V), "}"];
json(T) when is_tuple(T) ->
    case lists:all(fun is_integer/1, tuple_to_list(T)) of
        true -> jstr(lists:join(".", [integer_to_list(I) || I <- tuple_to_list(T)]));
        false -> ["[", lists:join(",", [json(X) || X <- tuple_to_list(T)]), "]"]
    end;
json('NULL') -> "null";
json(true) -> "true";
json(false) -> "false";
json(A) when is_atom(A) -> jstr(atom_to_list(A));
json(I) when is_integer(I) -> integer_to_list(I);
json(B) when is_binary(B) -> jstr(hex(B));
json(B) when is_bitstring(B) -> jstr([$0 + X || <<X:1>> <= B]);
json([]) -> "[]";
json(L) when is_list(L) ->
    case io_lib:printable_unicode_list(L) of
        true -> jstr(L);
        false -> ["[", lists:join(",", [json(X) || X <- L]), "]"]
    end;
json(F) when is_float(F) -> float_to_list(F, [short]).

jstr(S) -> [$", [esc(C) || C <- lists:flatten(S)], $"].
esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> unicode:characters_to_binary([C]).
