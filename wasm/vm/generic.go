package vm

import "strings"

// GenericAlias is a parameterized built-in type such as list[int], as
// used in annotations (types.GenericAlias).
type GenericAlias struct {
	Origin *Type
	Args   Tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newType("GenericAlias", ObjectType)

// Type returns types.GenericAlias.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// genericTypes are the built-in classes that can be parameterized.
var genericTypes = map[*Type]bool{ListType: true, DictType: true, TupleType: true, SetType: true, FrozenSetType: true, TypeType: true}

// newGenericAlias returns origin[args].
func newGenericAlias(origin *Type, args Value) *GenericAlias {
	if tu, ok := args.(Tuple); ok {
		return &GenericAlias{origin, tu}
	}
	return &GenericAlias{origin, Tuple{args}}
}

// typeArgRepr is how a type argument prints inside list[...]: classes by
// qualified name, ... as "...", anything else by repr.
func typeArgRepr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Type:
		if x.Module == "builtins" {
			return x.Qualname, nil
		}
		return x.Module + "." + x.Qualname, nil
	case ellipsisType:
		return "...", nil
	}
	return Repr(t, v)
}

func (g *GenericAlias) repr(t *Thread) (string, error) {
	parts := make([]string, len(g.Args))
	for i, a := range g.Args {
		r, err := typeArgRepr(t, a)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	if len(parts) == 0 {
		parts = []string{"()"}
	}
	return g.Origin.Name + "[" + strings.Join(parts, ", ") + "]", nil
}
