package sdktest

import (
	"fmt"
	"reflect"
	"time"
)

var timeType = reflect.TypeFor[time.Time]()

// convert copies the struct behind src into the struct behind dst, field by
// field by Go name: the facades mirror the SDK's field names and types, up
// to pointers, named string types and the SDK's unexported or
// metadata-only fields. Fields only one side has are left alone.
func convert(dst, src any) error {
	sv := reflect.ValueOf(src)
	if !sv.IsValid() || sv.Kind() == reflect.Pointer && sv.IsNil() {
		return nil
	}
	return copyValue(reflect.ValueOf(dst).Elem(), sv, reflect.TypeOf(dst).Elem().Name())
}

func copyValue(dst, src reflect.Value, path string) error {
	for src.Kind() == reflect.Pointer || src.Kind() == reflect.Interface {
		if src.IsNil() {
			return nil
		}
		if src.Kind() == reflect.Interface && dst.Kind() == reflect.Interface && src.Type().AssignableTo(dst.Type()) {
			dst.Set(src)
			return nil
		}
		src = src.Elem()
	}
	if dst.Kind() == reflect.Pointer {
		p := reflect.New(dst.Type().Elem())
		if err := copyValue(p.Elem(), src, path); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	}
	if dst.Type() == timeType || src.Type() == timeType {
		if dst.Type() != src.Type() {
			return fmt.Errorf("sdktest: %s: cannot copy %s into %s", path, src.Type(), dst.Type())
		}
		dst.Set(src)
		return nil
	}
	switch dst.Kind() {
	case reflect.Struct:
		if src.Kind() != reflect.Struct {
			return mismatch(path, dst, src)
		}
		for i := range dst.NumField() {
			f := dst.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			sf, ok := src.Type().FieldByName(f.Name)
			if !ok || !sf.IsExported() || len(sf.Index) != 1 {
				continue
			}
			if err := copyValue(dst.Field(i), src.Field(sf.Index[0]), path+"."+f.Name); err != nil {
				return err
			}
		}
	case reflect.String:
		if src.Kind() != reflect.String {
			return mismatch(path, dst, src)
		}
		dst.SetString(src.String())
	case reflect.Bool:
		if src.Kind() != reflect.Bool {
			return mismatch(path, dst, src)
		}
		dst.SetBool(src.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if !src.CanInt() {
			return mismatch(path, dst, src)
		}
		dst.SetInt(src.Int())
	case reflect.Float32, reflect.Float64:
		if !src.CanFloat() {
			return mismatch(path, dst, src)
		}
		dst.SetFloat(src.Float())
	case reflect.Slice:
		if src.Kind() != reflect.Slice {
			return mismatch(path, dst, src)
		}
		if src.IsNil() {
			return nil
		}
		s := reflect.MakeSlice(dst.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			if err := copyValue(s.Index(i), src.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		dst.Set(s)
	case reflect.Map:
		if src.Kind() != reflect.Map {
			return mismatch(path, dst, src)
		}
		if src.IsNil() {
			return nil
		}
		m := reflect.MakeMapWithSize(dst.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			k := reflect.New(dst.Type().Key()).Elem()
			if err := copyValue(k, it.Key(), path); err != nil {
				return err
			}
			v := reflect.New(dst.Type().Elem()).Elem()
			if err := copyValue(v, it.Value(), path+"["+fmt.Sprint(it.Key())+"]"); err != nil {
				return err
			}
			m.SetMapIndex(k, v)
		}
		dst.Set(m)
	default:
		if src.Type().AssignableTo(dst.Type()) {
			dst.Set(src)
			return nil
		}
		return mismatch(path, dst, src)
	}
	return nil
}

func mismatch(path string, dst, src reflect.Value) error {
	return fmt.Errorf("sdktest: %s: cannot copy %s into %s", path, src.Type(), dst.Type())
}
