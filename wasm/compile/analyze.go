package compile

// analyze classifies the symbols of s and of every scope inside it, then
// numbers the slots. Parents are classified before children, so a child
// looking outward sees its parents' final answers.
func (r *resolver) analyze(m *Scope) {
	r.classify(m)
	assignSlots(m)
}

func (r *resolver) classify(s *Scope) {
	for _, name := range s.order {
		sy := s.syms[name]
		switch {
		case s.Kind == ModuleScope && s.Namespace && sy.flags&fGlobal == 0:
			sy.cls = Name
		case s.Kind == ModuleScope:
			sy.cls = Global
		case sy.flags&fGlobal != 0:
			sy.cls = Global
		case sy.flags&fNonlocal != 0:
			if !r.resolveFree(s, name) {
				r.fail(sy.decl, "no binding for nonlocal '"+name+"' found")
			}
			sy.cls, sy.free = Cell, true
		case sy.flags&fWalrusOut != 0 && sy.flags&fAssigned == 0:
			if r.resolveFree(s, name) {
				sy.cls, sy.free = Cell, true
			} else {
				sy.cls = Global
			}
		case s.Kind == ClassScope:
			switch {
			case sy.flags&fAssigned != 0:
				sy.cls = Name
			case r.resolveFree(s, name):
				sy.cls, sy.free = ClassDeref, true
			default:
				sy.cls = Name
			}
		case sy.flags&fAssigned != 0:
			sy.cls = Local
		case r.resolveFree(s, name):
			sy.cls, sy.free = Cell, true
		default:
			sy.cls = Global
		}
	}
	if s.usesSup && s.Kind == FunctionScope {
		if _, ok := s.syms["__class__"]; !ok {
			r.resolveFree(s, "__class__")
		}
	}
	for _, c := range s.Children {
		r.classify(c)
	}
}

// resolveFree looks for name in the function scopes enclosing s (class
// bodies are skipped, except that they bind __class__). When found, the
// binding scope's local becomes a cell and every scope in between gets a
// pass-through free variable.
func (r *resolver) resolveFree(s *Scope, name string) bool {
	var found *Scope
	for p := s.Parent; p != nil && found == nil; p = p.Parent {
		switch p.Kind {
		case ModuleScope:
			return false
		case ClassScope:
			if name == "__class__" {
				p.ClassCell = 0
				found = p
			}
			continue
		}
		sy := p.syms[name]
		if sy == nil {
			continue
		}
		switch {
		case sy.cls == Global:
			return false
		case sy.free:
		case sy.cls == Local || sy.cls == Cell:
			sy.cell = true
		default:
			continue
		}
		found = p
	}
	if found == nil {
		return false
	}
	for q := s; q != found; q = q.Parent {
		q.addFree(name)
	}
	return true
}

func (s *Scope) addFree(name string) {
	for _, f := range s.frees {
		if f == name {
			return
		}
	}
	s.frees = append(s.frees, name)
}

// assignSlots numbers the slots of s and its children and records every
// symbol's binding.
func assignSlots(s *Scope) {
	if s.Kind == ClassScope && s.ClassCell >= 0 {
		s.ClassCell = len(s.Slots)
		s.Slots = append(s.Slots, "__class__")
		s.CellSlots = append(s.CellSlots, s.ClassCell)
	}
	if s.Kind == FunctionScope || s.Kind == ComprehensionScope {
		for _, name := range s.order {
			sy := s.syms[name]
			if sy.free || sy.cls != Local {
				continue
			}
			slot := len(s.Slots)
			s.Slots = append(s.Slots, name)
			if sy.cell {
				s.CellSlots = append(s.CellSlots, slot)
				s.bindings[name] = Binding{Kind: Cell, Index: slot}
			} else {
				s.bindings[name] = Binding{Kind: Local, Index: slot}
			}
		}
	}
	for _, name := range s.frees {
		slot := len(s.Slots)
		s.Slots = append(s.Slots, name)
		s.freeSlot[name] = slot
		s.Frees = append(s.Frees, Free{Name: name, Slot: slot, Outer: s.Parent.cellSlot(name)})
	}
	for _, name := range s.order {
		sy := s.syms[name]
		switch {
		case sy.cls == ClassDeref:
			s.bindings[name] = Binding{Kind: ClassDeref, Index: s.freeSlot[name]}
		case sy.free:
			s.bindings[name] = Binding{Kind: Cell, Index: s.freeSlot[name]}
		case sy.cls == Global || sy.cls == Name:
			s.bindings[name] = Binding{Kind: sy.cls}
		}
	}
	if s.Kind != ClassScope {
		for _, name := range s.frees {
			if _, ok := s.bindings[name]; !ok {
				s.bindings[name] = Binding{Kind: Cell, Index: s.freeSlot[name]}
			}
		}
	}
	for _, c := range s.Children {
		assignSlots(c)
	}
}

// cellSlot is the slot of s that holds the cell a child needs for name.
func (s *Scope) cellSlot(name string) int {
	if slot, ok := s.freeSlot[name]; ok {
		return slot
	}
	if s.Kind == ClassScope && name == "__class__" {
		return s.ClassCell
	}
	return s.bindings[name].Index
}
